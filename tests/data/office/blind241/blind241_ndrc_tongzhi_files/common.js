function share(){return false;}
