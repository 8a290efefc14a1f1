document.getElementById('hits').innerHTML='1532';
