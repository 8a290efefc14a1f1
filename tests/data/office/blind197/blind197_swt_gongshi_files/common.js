function printme(){window.print();}
