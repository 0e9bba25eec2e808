<?php

use Monolog\Handler\StreamHandler;

// Laravel 8's stderr channel (laravel/laravel v8.6.12, config/logging.php) as the only one, so an
// exception shows in the server's output, which the test prints when a server fails.
return [
    'default' => env('LOG_CHANNEL', 'stderr'),
    'channels' => [
        'stderr' => [
            'driver' => 'monolog',
            'level' => env('LOG_LEVEL', 'debug'),
            'handler' => StreamHandler::class,
            'with' => [
                'stream' => 'php://stderr',
            ],
        ],
    ],
];
