/* easysite 5.0 runtime (stub) */
function doZoom(s){document.getElementById('easysiteText').style.fontSize=s+'px';}
