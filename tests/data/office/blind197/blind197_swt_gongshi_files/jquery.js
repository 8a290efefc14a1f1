/*! jQuery v1.11.3 */
(function(a){})(window);
