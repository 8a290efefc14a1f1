function setFontSize(s){var z=document.getElementById('zoom');z.style.fontSize=s+'px';}
var _hmt=_hmt||[];
