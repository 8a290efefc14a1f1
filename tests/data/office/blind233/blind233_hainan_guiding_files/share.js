var shareTitle=document.title;function shareTo(t){return false;}
