/* appmsg.js (excerpt, saved by the browser) */
!function(){"use strict";var e=window.__appmsgCgiData||{};function t(){try{document.getElementById("js_content").style.visibility="visible"}catch(n){}}t()}();
