function switchLang(l){location.href=l=='en'?'/en/':'/';}
