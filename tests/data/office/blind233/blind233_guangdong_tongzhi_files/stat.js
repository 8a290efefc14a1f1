(function(){var s=document.createElement('img');s.src='https://stat.gd.gov.cn/s.gif?id=4400000075';})();
