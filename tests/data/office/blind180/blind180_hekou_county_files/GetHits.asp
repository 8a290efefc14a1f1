document.write('1286');
