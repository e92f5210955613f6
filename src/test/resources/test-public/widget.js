/* test widget */ console.log("test widget");
