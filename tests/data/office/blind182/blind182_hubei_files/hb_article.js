$(function(){
  $('#docTab a').click(function(e){e.preventDefault();$(this).tab('show');});
  var fs=18;
  window.doZoom=function(s){$('.article-content p').css('font-size',s+'px');};
});
