function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);if(t=='weibo')window.open('https://service.weibo.com/share/share.php?url='+u+'&title='+ti);}
function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}
