// turns data-time (unix seconds) into 刚刚 / N分钟前 / N小时前 / MM-DD
(function(){var n=Math.floor(Date.now()/1000);var els=document.querySelectorAll('.m-time[data-time]');
for(var i=0;i<els.length;i++){var t=+els[i].getAttribute('data-time'),d=n-t;
els[i].textContent=d<60?'刚刚':d<3600?Math.floor(d/60)+'分钟前':d<86400?Math.floor(d/3600)+'小时前':new Date(t*1000).toISOString().slice(5,10);}})();
