<?php

// Stands in for Composer's vendor/autoload.php. Debian's php-laravel-framework installs Laravel 8
// and its dependencies under /usr/share/php (on PHP's include path) with an autoloader of its own;
// the app's classes load as composer.json's PSR-4 rule "App\\": "app/" would load them.

require_once 'Illuminate/autoload.php';

spl_autoload_register(function (string $class) {
    if (strncmp($class, 'App\\', 4) === 0) {
        $file = __DIR__.'/../app/'.str_replace('\\', '/', substr($class, 4)).'.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
