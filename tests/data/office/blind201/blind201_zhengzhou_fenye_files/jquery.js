/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */
!function(a,b){"object"==typeof module&&"object"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}("undefined"!=typeof window?window:this,function(a,b){var c=[];return a.jQuery=a.$=function(){return{on:function(){},click:function(){},hide:function(){},show:function(){}}}});
