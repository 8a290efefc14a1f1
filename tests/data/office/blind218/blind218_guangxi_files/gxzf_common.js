(function(){var r=document.getElementById('readCount');})();
