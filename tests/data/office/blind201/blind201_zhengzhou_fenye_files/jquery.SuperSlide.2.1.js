/*! SuperSlide v2.1 */jQuery.fn.slide=function(){return this};
