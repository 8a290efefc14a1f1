function setFont(s){document.getElementById('NewsContent').style.fontSize=s+'px';}
$.get('/hits?id=7b3e0c5d',function(n){$('#hits').text(n);});
