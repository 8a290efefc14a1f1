(function(){var p=window.videojs&&window.videojs('qdPlayer');})();
