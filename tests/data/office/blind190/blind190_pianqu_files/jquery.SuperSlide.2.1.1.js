/*! SuperSlide v2.1.1 */
(function($){$.fn.slide=function(){return this}})(jQuery);
