function WebForm_PostBackOptions(){}
function __doPostBack(eventTarget, eventArgument){var theForm=document.forms['form1'];theForm.__EVENTTARGET.value=eventTarget;theForm.submit();}
