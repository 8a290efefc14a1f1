/* jquery.min.js (stub saved by the browser) */
(function(){window.jQuery=window.$=function(){return{ready:function(f){f&&f();},on:function(){},text:function(){}}};})();
