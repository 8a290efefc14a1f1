$(function(){$('.font-size a').click(function(){$('.article-content').css('font-size',$(this).data('s'));});});
