/* wx appmsg runtime (stub) */
window.__appmsg_loaded__=true;
