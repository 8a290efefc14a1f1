var shareTitle = document.title;
