/* 厦门市人民政府 公共脚本 */
function jft(){return false;}
