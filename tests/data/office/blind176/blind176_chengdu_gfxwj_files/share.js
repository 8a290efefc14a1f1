var shareConfig={title:document.title,url:location.href};
