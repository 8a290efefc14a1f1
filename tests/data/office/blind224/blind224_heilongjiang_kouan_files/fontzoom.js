function fontZoom(s){$('.TRS_Editor p').css('font-size',s+'px')}
