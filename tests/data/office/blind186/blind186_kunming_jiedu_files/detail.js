$(function(){ $('#readNum').text('2,147'); });
