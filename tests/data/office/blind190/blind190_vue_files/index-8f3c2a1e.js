import{c as e,a as t}from"./vendor-vue-4b1d9e07.js";const o=e({setup(){return{}}});o.mount("#app");
