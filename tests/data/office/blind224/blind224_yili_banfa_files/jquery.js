/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */
!function(a,b){"object"==typeof module?module.exports=b(a):b(a)}(window,function(a){var c=function(s){return document.querySelectorAll(s)};a.jQuery=a.$=c;return c});
