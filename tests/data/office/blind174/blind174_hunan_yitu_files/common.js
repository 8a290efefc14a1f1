function doZoom(n){var e=document.getElementById('zoom');if(e){e.style.fontSize=n+'px';}}
function printPage(){window.print();}
