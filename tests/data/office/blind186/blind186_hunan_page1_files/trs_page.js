function createPageHTML(n, cur, name, ext){ if(n<=1) return; /* TRS pager */
  var s='<span class="total">共'+n+'页</span>';
  s += cur==0 ? '<span>首页</span><span>上一页</span>' : '';
  for(var i=0;i<n;i++){ s+='<a href="'+name+(i?'_'+i:'')+'.'+ext+'"'+(i==cur?' class="on"':'')+'>'+(i+1)+'</a>'; }
  s += '<a href="'+name+'_'+(cur+1)+'.'+ext+'">下一页</a><a href="'+name+'_'+(n-1)+'.'+ext+'">尾页</a>';
  document.write(s);}
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
