// share.js
function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);var m={weibo:'https://service.weibo.com/share/share.php?url='+u+'&title='+ti,qzone:'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u};if(m[t])window.open(m[t]);}
function doZoom(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}
