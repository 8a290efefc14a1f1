document.getElementById('hits')&&(document.getElementById('hits').innerHTML='1386');
