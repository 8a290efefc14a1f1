function printPage(){window.print();}
function addFav(){alert('请使用Ctrl+D收藏本页');}
