/* m.js */
$(function(){$('.font-size a').on('click',function(){$('.article').css('font-size',$(this).data('s'))});$('#gotop').on('click',function(){window.scrollTo(0,0)});});
