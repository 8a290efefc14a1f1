window._bd_share_config={common:{bdText:document.title},share:{}};
