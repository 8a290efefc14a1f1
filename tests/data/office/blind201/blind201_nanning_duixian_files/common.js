/* site common */
$(function(){ var n = parseInt($('#viewCount').text()||'0'); });
