/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */
!function(a,b){"object"==typeof module&&"object"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}("undefined"!=typeof window?window:this,function(a,b){var c=[];return a});
