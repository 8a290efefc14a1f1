function _getBatchClickTimes(){}
function _showDynClicks(t,o,i){document.getElementById('dynclicks_wbnews_'+i).innerHTML='1263'}
