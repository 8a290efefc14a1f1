function doZoom(size){var el=document.getElementById('zoom');if(!el)return;el.style.fontSize=size+'px';var ps=el.getElementsByTagName('p');for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}}
function printPage(){window.print();}
