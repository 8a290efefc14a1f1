/* share.js */
function shareTo(t){var u=encodeURIComponent(location.href),ti=encodeURIComponent(document.title);var m={weibo:'https://service.weibo.com/share/share.php?url='+u+'&title='+ti,qzone:'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u};if(m[t])window.open(m[t]);}
function doPrint(){window.print();}
function doZoom(s){var e=document.getElementById('zoom');if(e)e.style.fontSize=s+'px';}
