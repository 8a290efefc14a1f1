function changeFont(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}
function doPrint(){window.print();}
