/* baidu share */window._bd_share_main={};
