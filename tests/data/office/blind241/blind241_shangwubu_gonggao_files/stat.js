var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='';})();
