var hitsUrl='/hits.do';$(function(){$('#hits').text('2386');});
