"""What each packet kind says: 12315, 消协, 起诉状, the fill sheet, the law cited."""
