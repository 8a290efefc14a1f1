var gdwz={ver:'2.3.1'};function StranBody(){}
